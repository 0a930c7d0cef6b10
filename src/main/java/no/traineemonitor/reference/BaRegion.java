package no.traineemonitor.reference;

/** A labour-market region (bo- og arbeidsmarkedsregion, NIBR 2019/2020): 3-digit number and name. */
public record BaRegion(String number, String name) {

    public String label() {
        return number + " " + name;
    }
}
