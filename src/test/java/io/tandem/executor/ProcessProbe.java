package io.tandem.executor;

/** Test helper: finds processes by a unique marker in their command line. */
public final class ProcessProbe {

    private ProcessProbe() {
    }

    public static long count(String marker) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false)).count();
    }

    public static void killAll(String marker) {
        ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }
}
