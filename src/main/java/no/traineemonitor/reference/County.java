package no.traineemonitor.reference;

/** A county of one division (2020 or 2024) and how many 2020 municipalities lie in it. */
public record County(String number, String name, int municipalities, CountyDivision division) {

    public String label() {
        return number + " " + name;
    }
}
