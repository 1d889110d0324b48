package dk.kompetence.bench;

import java.nio.file.Path;

/** What both timing steps are given: the database, where results go, warm-up runs and timed runs. */
record TimingArguments(Path database, Path results, int warmup, int runs) {

    static TimingArguments of(String[] args) {
        return new TimingArguments(Path.of(args[0]).toAbsolutePath().normalize(),
                Path.of(args[1]).toAbsolutePath().normalize(), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }
}
