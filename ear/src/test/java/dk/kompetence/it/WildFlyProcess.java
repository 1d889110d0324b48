package dk.kompetence.it;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The server JVM the container started for this test run, found by its own data directory. */
final class WildFlyProcess {

    private WildFlyProcess() {
    }

    /** SIGKILL, as a power cut or the OOM killer would end it: no shutdown hook runs. */
    static void killHard() throws IOException, InterruptedException {
        ProcessHandle server = find();
        Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(server.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -KILL " + server.pid() + " failed");
        }
        server.onExit().orTimeout(1, TimeUnit.MINUTES).join();
    }

    private static ProcessHandle find() {
        String dataDir = "-Djboss.server.data.dir=" + System.getProperty("it.data.dir");
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(dataDir)).orElse(false))
                .toList();
        if (servers.size() != 1) {
            throw new IllegalStateException("Expected one server with " + dataDir + ", found " + servers);
        }
        return servers.get(0);
    }
}
