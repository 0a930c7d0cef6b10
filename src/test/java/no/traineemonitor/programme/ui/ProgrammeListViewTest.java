package no.traineemonitor.programme.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.stream.IntStream;
import no.traineemonitor.base.ui.LanguageSwitch;
import no.traineemonitor.programme.Programme;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ProgrammeListViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void startInBokmal() {
        UI.getCurrent().setLocale(LanguageSwitch.BOKMAL);
    }

    @SuppressWarnings("unchecked")
    private Grid<Programme> grid() {
        return find(Grid.class).withId("programme-grid").single();
    }

    private List<Programme> rows() {
        return IntStream.range(0, test(grid()).size()).mapToObj(i -> test(grid()).getRow(i)).toList();
    }

    @Test
    void every_programme_of_the_sources_is_listed_with_its_status() {
        navigate(ProgrammeListView.class);
        // 13 from the 2021 report, 7 from the 2025 pre-project, 1 pre-study, 10 county competence pilots
        assertThat(rows()).hasSize(31);
        assertThat(rows().stream().filter(p -> p.type().equals("competence_pilot"))).hasSize(10);
        assertThat(rows().stream().filter(p -> p.programmeId().equals("medieklyngen_medietech_trainee")).findFirst().orElseThrow().status())
                .isEqualTo("proposed");
        assertThat(rows().stream().filter(p -> p.programmeId().equals("tim_molderegionen")).findFirst().orElseThrow().status())
                .isEqualTo("paused");
    }

    @Test
    void the_list_has_a_download_menu_and_the_line_and_its_csv_follows_the_filter() throws Exception {
        navigate(ProgrammeListView.class);
        no.traineemonitor.base.ui.ExportMenu menu = find(no.traineemonitor.base.ui.ExportMenu.class).withId("programmes-export").single();
        var siblings = menu.getParent().orElseThrow().getChildren().toList();
        int at = siblings.indexOf(menu);
        assertThat(siblings.get(at + 1)).isSameAs(grid());
        assertThat(siblings.get(at + 2)).isSameAs(find(no.traineemonitor.base.ui.TableAbout.class).withId("programmes-export-about").single());
        // the 2021 report is the main source of Trainee Salten (and 12 more), named by its title
        assertThat(siblings.get(at + 2).getElement().getTextRecursively()).contains("Enhet: Antall kommuner og måneder")
                .contains("Kartlegging av regionale traineeordninger").doesNotContain(".txt");
        String csv = new String(menu.download("programmes-export-csv-excel-nb"), java.nio.charset.StandardCharsets.UTF_8);
        // programmes/002a.csv: Trainee Salten, hosted by Kunnskapsparken Bodø, founded 2006, 24 months
        assertThat(csv.lines().filter(l -> l.startsWith("Trainee Salten;"))).singleElement().asString()
                .startsWith("Trainee Salten;Traineeordning;Aktiv;18 Nordland").contains(";Kunnskapsparken Bodø;2006;24;");
        @SuppressWarnings("unchecked")
        Select<String> status = find(Select.class).all().stream().map(s -> (Select<String>) s)
                .filter(s -> "Status".equals(s.getLabel())).findFirst().orElseThrow();
        status.setValue("proposed");
        menu = find(no.traineemonitor.base.ui.ExportMenu.class).withId("programmes-export").single();
        csv = new String(menu.download("programmes-export-csv-excel-nb"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().filter(l -> l.contains(";Foreslått;") || l.startsWith("Trainee Salten;")).toList())
                .singleElement().asString().startsWith("Medietech Trainee Vestland;Traineeordning;Foreslått;46 ");
    }

    @Test
    void filtering_by_status_narrows_the_list() {
        navigate(ProgrammeListView.class);
        @SuppressWarnings("unchecked")
        List<Select<String>> selects = find(Select.class).all().stream().map(s -> (Select<String>) s).toList();
        Select<String> status = selects.stream().filter(s -> "Status".equals(s.getLabel())).findFirst().orElseThrow();
        status.setValue("proposed");
        assertThat(rows()).extracting(Programme::programmeId).containsExactly("medieklyngen_medietech_trainee");
    }

    @Test
    void each_name_links_to_the_programme_profile() {
        navigate(ProgrammeListView.class);
        int row = rows().indexOf(rows().stream().filter(p -> p.programmeId().equals("trainee_salten")).findFirst().orElseThrow());
        Anchor link = (Anchor) test(grid()).getCellComponent(row, 0);
        assertThat(link.getText()).isEqualTo("Trainee Salten");
        assertThat(link.getHref()).isEqualTo("program/trainee_salten");
        UI.getCurrent().navigate(link.getHref());
        assertThat(find(H2.class).withId("profile-name").single().getText()).isEqualTo("Trainee Salten");
    }
}
