package no.traineemonitor.record;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A process that stores returns into a record as fast as it can and says "stored ID" after each one is acknowledged
 * (durable): killed with SIGKILL at a random moment by {@link RecordCrashTest}. Each file is 256 kB of random bytes, so
 * a kill often lands while a file is being written.
 */
public final class SubmitLoop {

    private SubmitLoop() {
    }

    public static void main(String[] args) {
        RecordService record = RecordService.at(Path.of(args[0]));
        Random random = new Random(Long.parseLong(args[1]));
        for (int i = 0; ; i++) {
            byte[] file = new byte[256 * 1024];
            random.nextBytes(file);
            StoredReturn r = record.submit("loop", "trainee_salten", 2025, "e-mail", file, "loop-" + i + ".xlsx",
                    List.of(new StoredReturn.Value("hires", (long) i, null, null)));
            System.out.println("stored " + r.returnId());
            System.out.flush();
        }
    }
}
