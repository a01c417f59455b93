package messenger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the figures were measured on, including how busy the machine already was (load average). */
final class MachineInfo {

    private MachineInfo() {
    }

    static Report describe() {
        return new Report()
                .put("cpus", Runtime.getRuntime().availableProcessors())
                .put("cpuModel", procLine("/proc/cpuinfo", "model name").orElse(null))
                .put("memTotal", procLine("/proc/meminfo", "MemTotal").orElse(null))
                .put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"))
                .put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"))
                .put("loadAverage", loadAverage().orElse(null));
    }

    /** The 1, 5 and 15 minute load averages. */
    static Optional<String> loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return Optional.of(fields[0] + " " + fields[1] + " " + fields[2]);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> procLine(String file, String key) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            return lines.stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
