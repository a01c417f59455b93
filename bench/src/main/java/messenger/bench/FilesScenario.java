package messenger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import messenger.protocol.FileInfo;
import messenger.protocol.Sha256;
import messenger.protocol.client.MessengerClient;
import messenger.protocol.client.TransferListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Upload, the same file up again, then two downloads, of one file of random bytes with the client library's
 * helpers, against a plain loopback TCP copy of the same bytes in the same run, in one or more rounds on one
 * connection; and the server heap before, during and after.
 */
@Command(name = "files", description = "Upload, the same file again, then two downloads, of one file of N random"
        + " bytes, against a plain loopback TCP copy of the same bytes in the same run.")
final class FilesScenario implements Scenario {

    @Mixin
    private Accounts accounts;

    @Option(names = "--size", paramLabel = "N", defaultValue = "1g", converter = ByteCountConverter.class,
            description = "bytes of the file, with k/m/g binary suffixes (default: ${DEFAULT-VALUE})")
    private long size;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "where the source and downloaded files go, needing 3×N free (default: a temporary folder)")
    private Path dir;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "transfers of a fresh file each, on one connection; the report's figures are the last"
                    + " round's (the warmest client), every round is listed too (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--live-heap-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "seconds between live-heap samples (a forced full GC in the server) during the transfer;"
                    + " 0 = off (default: ${DEFAULT-VALUE})")
    private double liveHeapEverySeconds;

    @Override
    public void checkOptions() {
        if (size < 1 || rounds < 1) {
            throw new IllegalArgumentException("--size must be at least 1 byte and --rounds at least 1");
        }
    }

    @Override
    public Report settings() {
        return new Report().put("sizeBytes", size).put("sizeMiB", Report.mib(size)).put("rounds", rounds)
                .put("liveHeapEverySeconds", liveHeapEverySeconds);
    }

    @Override
    public Report run(BenchTarget target) throws Exception {
        try (ScratchFolder work = ScratchFolder.open(dir)) {
            return run(target, work);
        }
    }

    private Report run(BenchTarget target, ScratchFolder work) throws Exception {
        accounts.prepare(target, 1);
        Optional<ServerProbe> probe = target.probe();
        Long liveBefore = probe.map(ServerProbe::liveHeapBytes).orElse(null);
        HeapWatch watch = probe.map(p -> HeapWatch.start(p, liveHeapEverySeconds)).orElse(null);
        List<Report> measured = new ArrayList<>();
        try (MessengerClient client = accounts.connect(0, null); AutoCloseable phase = target.measuredPhase()) {
            for (int round = 0; round < rounds; round++) {
                measured.add(round(target, client, work));
            }
        }
        if (watch != null) {
            watch.stop();
        }
        Long liveAfter = probe.map(ServerProbe::liveHeapBytes).orElse(null);
        Report heap = watch == null ? null : new Report()
                .put("liveHeapBeforeMiB", Report.mib(liveBefore))
                .put("liveHeapAfterMiB", Report.mib(liveAfter))
                .put("peakLiveHeapDuringMiB", Report.mib(watch.peakLiveBytes()))
                .put("liveHeapGrowthMiB", Report.mib(Math.max(liveAfter, watch.peakLiveBytes()) - liveBefore))
                .put("peakHeapUsedMiB", Report.mib(watch.peakUsedBytes()))
                .put("peakHeapCommittedMiB", Report.mib(watch.peakCommittedBytes()));
        return new Report()
                .putAll(measured.get(measured.size() - 1))
                .put("rounds", measured)
                .put("serverHeap", heap);
    }

    /**
     * One fresh file up, up again, down twice (from the server's disk, then as a second reader gets it), and the
     * baseline.
     */
    private Report round(BenchTarget target, MessengerClient client, ScratchFolder work) throws Exception {
        Path source = work.file(Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ".bin");
        Path downloaded = work.file("downloaded.bin");
        Path copied = work.file("copied.bin");
        RandomFile.write(source, size);

        long hashStart = System.nanoTime();
        Sha256.of(source);
        double hashSeconds = (System.nanoTime() - hashStart) / 1e9;

        CpuMeter cpu = CpuMeter.start(target);
        long start = System.nanoTime();
        FileInfo file = client.upload(source, source.getFileName().toString(), TransferListener.NONE);
        Report upload = new Report().put("seconds", (System.nanoTime() - start) / 1e9).put("cpu", cpu.stop());
        Report uploadAgain = uploadAgain(target, client, source);
        Report download = download(target, client, file, downloaded);
        Report downloadAgain = download(target, client, file, downloaded);

        double loopbackSeconds = LoopbackCopy.copy(source, copied);
        double loopbackRate = megabytesPerSecond(loopbackSeconds);
        for (Report transfer : List.of(upload, download, downloadAgain)) {
            double rate = megabytesPerSecond((double) transfer.get("seconds"));
            transfer.put("mbPerSecond", rate).put("ratioToLoopback", rate / loopbackRate);
        }
        Files.delete(source);
        Files.delete(copied);
        return new Report()
                .put("upload", upload)
                .put("download", download)
                .put("downloadAgain", downloadAgain)
                .put("uploadAgain", uploadAgain)
                .put("loopback", new Report().put("seconds", loopbackSeconds).put("mbPerSecond", loopbackRate))
                .put("clientSha256Seconds", hashSeconds);
    }

    /** The same file up again, as another member would send it: the server holds the bytes, so it ends early. */
    private static Report uploadAgain(BenchTarget target, MessengerClient client, Path source) throws Exception {
        CpuMeter cpu = CpuMeter.start(target);
        long start = System.nanoTime();
        client.upload(source, "again-" + source.getFileName(), TransferListener.NONE);
        return new Report().put("seconds", (System.nanoTime() - start) / 1e9).put("cpu", cpu.stop());
    }

    private static Report download(BenchTarget target, MessengerClient client, FileInfo file, Path downloaded)
            throws Exception {
        CpuMeter cpu = CpuMeter.start(target);
        long start = System.nanoTime();
        client.download(file.id(), downloaded, TransferListener.NONE);
        Report report = new Report().put("seconds", (System.nanoTime() - start) / 1e9).put("cpu", cpu.stop());
        Files.delete(downloaded);
        return report;
    }

    private double megabytesPerSecond(double seconds) {
        return RandomFile.megabytesPerSecond(size, seconds);
    }
}
