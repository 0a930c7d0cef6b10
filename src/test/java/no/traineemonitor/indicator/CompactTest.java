package no.traineemonitor.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact copies a kept result is made of must say exactly what the query said. */
class CompactTest {

    @Test
    void factIdsKeepTheirOrderTextAndCount() {
        List<String> ids = List.of("f002a-0094", "f002a-0101", "", "r2025-trainee_salten-hires");
        List<String> kept = Compact.texts(new ArrayList<>(ids));
        assertEquals(ids, kept);
        assertEquals(4, kept.size());
        assertEquals("", kept.get(2));
        assertEquals("r2025-trainee_salten-hires", kept.get(3));
        assertEquals(ids.hashCode(), kept.hashCode());
        assertSame(kept, Compact.texts(kept), "a kept list is not copied again");
        assertEquals(List.of(), Compact.texts(new ArrayList<>()));
        assertThrows(UnsupportedOperationException.class, () -> kept.add("f9"));
    }

    @Test
    void numbersKeepTheirValues() {
        assertEquals(71.0, Compact.number(71.0));
        assertSame(Compact.number(71.0), Compact.number(71.0), "a whole number below the limit shares one box");
        assertEquals(0.5, Compact.number(0.5));
        assertEquals(54_823.0, Compact.number(54_823.0));
        assertEquals(-3.0, Compact.number(-3.0));
        assertEquals("-0.0", String.valueOf(Compact.number(-0.0)), "minus zero keeps its sign");
        assertEquals(null, Compact.number(null));
        assertEquals(2024, Compact.integer(2024));
        assertSame(Compact.integer(2024), Compact.integer(2024));
        assertEquals(20_240, Compact.integer(20_240));
        assertEquals(-1, Compact.integer(-1));
    }
}
