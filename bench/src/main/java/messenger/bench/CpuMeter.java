package messenger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where the CPU time of a measured period went: this load generator, the server JVM, the server's child
 * processes (the embedded database), and the whole machine (anything else running shows as the difference).
 * Linux only; elsewhere the figures are left out.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100.0;

    private final OptionalLong serverPid;
    private final long startNanos;
    private final Sample start;

    private record Sample(double tool, double server, double serverChildren, double machineBusy) {
    }

    private CpuMeter(OptionalLong serverPid) {
        this.serverPid = serverPid;
        this.startNanos = System.nanoTime();
        this.start = sample();
    }

    static CpuMeter start(BenchTarget target) {
        return new CpuMeter(target.probe().map(probe -> OptionalLong.of(probe.pid())).orElse(OptionalLong.empty()));
    }

    /** CPU seconds used since the start and the average number of cores busy, per consumer. */
    Report stop() {
        Sample end = sample();
        double wall = (System.nanoTime() - startNanos) / 1e9;
        Report report = new Report().put("wallSeconds", wall);
        add(report, "tool", end.tool - start.tool, wall);
        if (serverPid.isPresent()) {
            add(report, "server", end.server - start.server, wall);
            add(report, "serverChildren", end.serverChildren - start.serverChildren, wall);
        }
        add(report, "machine", end.machineBusy - start.machineBusy, wall);
        return report;
    }

    private static void add(Report report, String name, double seconds, double wall) {
        if (seconds >= 0) {
            report.put(name + "CpuSeconds", seconds).put(name + "Cores", seconds / wall);
        }
    }

    private Sample sample() {
        double server = serverPid.isPresent() ? processSeconds(serverPid.getAsLong()) : 0;
        double children = serverPid.isPresent()
                ? ProcessHandle.of(serverPid.getAsLong()).stream().flatMap(ProcessHandle::descendants)
                        .mapToDouble(child -> processSeconds(child.pid())).sum()
                : 0;
        return new Sample(processSeconds(ProcessHandle.current().pid()), server, children, machineBusySeconds());
    }

    /** utime + stime of a process from /proc/PID/stat; negative when unreadable. */
    static double processSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1e9;
        }
    }

    /** Non-idle time of all CPUs from /proc/stat; negative when unreadable. */
    private static double machineBusySeconds() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/stat"));
            String[] fields = lines.get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return busy / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1e9;
        }
    }
}
