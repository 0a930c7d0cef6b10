package no.traineemonitor.benchmark;

/** Which programmes a programme is compared with (always programmes of the same type, never itself). */
public enum PeerGroup {
    /** every other programme of the same type */
    ALL,
    /** same programme length band (12, 18 or 24 months) */
    LENGTH,
    /** same size band (median yearly hires: under 5, 5-14, 15 or more) */
    SIZE,
    /** same dominant centrality class of the covered inhabitants */
    CENTRALITY,
    /** a list the user chose */
    CUSTOM;

    public String urlValue() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static java.util.Optional<PeerGroup> fromUrl(String value) {
        for (PeerGroup g : values()) {
            if (g.urlValue().equals(value)) {
                return java.util.Optional.of(g);
            }
        }
        return java.util.Optional.empty();
    }
}
