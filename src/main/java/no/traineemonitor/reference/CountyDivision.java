package no.traineemonitor.reference;

/** Norway's county division: the 11 counties of 2020 (the 2021 report) or the 15 of 2024 (today's councils). */
public enum CountyDivision {
    D2020("2020"), D2024("2024");

    private final String year;

    CountyDivision(String year) {
        this.year = year;
    }

    public String year() {
        return year;
    }

    public static CountyDivision ofYear(String year) {
        return "2020".equals(year) ? D2020 : D2024;
    }
}
