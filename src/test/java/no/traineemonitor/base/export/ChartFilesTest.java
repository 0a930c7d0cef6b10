package no.traineemonitor.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import no.traineemonitor.base.chart.ChartFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** A chart as a file: the SVG is a valid XML document titled by the chart, the PNG a picture of the stated size. */
class ChartFilesTest {

    static ExportInfo info() {
        return new ExportInfo("Trainees ansatt per år – 18 Nordland", "Fylke: 18 Nordland", "abc", "Traineemonitor (/)",
                "trainees-ansatt-per-ar-nordland", new ExportInfo.Labels("Tittel", "Utvalg", "Dataversjon", "Kilde"));
    }

    static org.jfree.chart.JFreeChart chart() {
        Map<String, Number> hires = new LinkedHashMap<>();
        hires.put("2019", 12);
        hires.put("2020 <&>", 15);
        return ChartFactory.barChart("Trainees ansatt per år – 18 Nordland", "År", "Ansatt", hires, Locale.forLanguageTag("nb-NO"));
    }

    @Test
    void the_svg_is_valid_xml_with_the_title_filters_data_version_and_source() throws Exception {
        byte[] svg = ChartFiles.svg(info(), chart(), 760, 300);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(xpath.evaluate("/*[local-name()='svg']/*[local-name()='title']", doc)).isEqualTo("Trainees ansatt per år – 18 Nordland");
        assertThat(xpath.evaluate("/*[local-name()='svg']/*[local-name()='desc']", doc))
                .contains("Utvalg: Fylke: 18 Nordland", "Dataversjon: abc", "Kilde: Traineemonitor (/)");
        String text = xpath.evaluate("string(/)", doc);
        assertThat(text).contains("Utvalg: Fylke: 18 Nordland", "Dataversjon: abc", "2020 <&>");
        assertThat(Double.parseDouble(doc.getDocumentElement().getAttribute("height"))).isEqualTo(300 + ChartFiles.CAPTION_HEIGHT);
    }

    @Test
    void the_png_is_a_picture_of_the_page_size_with_room_for_the_caption() throws Exception {
        byte[] png = ChartFiles.png(info(), chart(), 760, 300);
        assertThat(Arrays.copyOf(png, 4)).containsExactly(0x89, 'P', 'N', 'G');
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(760);
        assertThat(image.getHeight()).isEqualTo(300 + ChartFiles.CAPTION_HEIGHT);
    }
}
