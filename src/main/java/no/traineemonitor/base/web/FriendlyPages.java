package no.traineemonitor.base.web;

/**
 * The few pages the server answers without the app (before a session or a route exists): in bokmål and English at
 * once, since no language has been chosen yet, with a link back to the start page. No file names or codes.
 */
final class FriendlyPages {

    private FriendlyPages() {
    }

    /** Too many open sessions: try again in a minute. */
    static String busy() {
        return page("Traineemonitor er opptatt", "Traineemonitor is busy",
                "Akkurat nå er det for mange åpne økter. Prøv igjen om et minutt.",
                "Too many sessions are open right now. Please try again in a minute.");
    }

    /** An address the server cannot take (over-long, or not a valid address at all). */
    static String badAddress() {
        return page("Adressen er for lang eller ugyldig", "The address is too long or not valid",
                "Denne adressen kan ikke åpnes. Start fra forsiden og velg utvalget på nytt.",
                "This address cannot be opened. Start from the front page and choose your selection again.");
    }

    private static String page(String titleNb, String titleEn, String textNb, String textEn) {
        return """
                <!doctype html>
                <html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s – Traineemonitor</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}
                h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}a{color:#0b5cad}</style></head>
                <body><p><strong>Traineemonitor</strong></p>
                <h1>%s</h1><p>%s</p><p><a href="/">Til forsiden</a></p>
                <h2 lang="en">%s</h2><p lang="en">%s</p><p lang="en"><a href="/?lang=en">To the front page</a></p>
                </body></html>
                """.formatted(titleNb, titleNb, textNb, titleEn, textEn);
    }
}
