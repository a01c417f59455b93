package messenger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
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
 * Upload, then download, of one file of random bytes with the client library's helpers, against a plain
 * loopback TCP copy of the same bytes in the same run; and the server heap before, during and after.
 */
@Command(name = "files", description = "Upload, then download, of one file of N random bytes, against a plain"
        + " loopback TCP copy of the same bytes in the same run.")
final class FilesScenario implements Scenario {

    @Mixin
    private Accounts accounts;

    @Option(names = "--size", paramLabel = "N", defaultValue = "1g", converter = ByteCountConverter.class,
            description = "bytes of the file, with k/m/g binary suffixes (default: ${DEFAULT-VALUE})")
    private long size;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "where the source and downloaded files go, needing 3×N free (default: a temporary folder)")
    private Path dir;

    @Option(names = "--live-heap-every", paramLabel = "SECONDS", defaultValue = "5",
            description = "seconds between live-heap samples (a forced full GC in the server) during the transfer;"
                    + " 0 = off (default: ${DEFAULT-VALUE})")
    private double liveHeapEverySeconds;

    @Override
    public void checkOptions() {
        if (size < 1) {
            throw new IllegalArgumentException("--size must be at least 1 byte");
        }
    }

    @Override
    public Report settings() {
        return new Report().put("sizeBytes", size).put("sizeMiB", Report.mib(size))
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
        Path source = work.file(Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36) + ".bin");
        String name = source.getFileName().toString();
        Path downloaded = work.file("downloaded.bin");
        Path copied = work.file("copied.bin");
        RandomFile.write(source, size);

        long hashStart = System.nanoTime();
        Sha256.of(source);
        double hashSeconds = (System.nanoTime() - hashStart) / 1e9;

        Optional<ServerProbe> probe = target.probe();
        Long liveBefore = probe.map(ServerProbe::liveHeapBytes).orElse(null);
        HeapWatch watch = probe.map(p -> HeapWatch.start(p, liveHeapEverySeconds)).orElse(null);
        Report upload = new Report();
        Report download = new Report();
        try (MessengerClient client = accounts.connect(0, null); AutoCloseable measured = target.measuredPhase()) {
            CpuMeter cpu = CpuMeter.start(target);
            long start = System.nanoTime();
            FileInfo file = client.upload(source, name, TransferListener.NONE);
            upload.put("seconds", (System.nanoTime() - start) / 1e9).put("cpu", cpu.stop());

            cpu = CpuMeter.start(target);
            start = System.nanoTime();
            client.download(file.id(), downloaded, TransferListener.NONE);
            download.put("seconds", (System.nanoTime() - start) / 1e9).put("cpu", cpu.stop());
        }
        if (watch != null) {
            watch.stop();
        }
        Long liveAfter = probe.map(ServerProbe::liveHeapBytes).orElse(null);
        Files.delete(downloaded);

        double loopbackSeconds = LoopbackCopy.copy(source, copied);
        double loopbackRate = megabytesPerSecond(loopbackSeconds);
        double uploadRate = megabytesPerSecond((double) upload.get("seconds"));
        double downloadRate = megabytesPerSecond((double) download.get("seconds"));
        upload.put("mbPerSecond", uploadRate).put("ratioToLoopback", uploadRate / loopbackRate);
        download.put("mbPerSecond", downloadRate).put("ratioToLoopback", downloadRate / loopbackRate);
        Report heap = watch == null ? null : new Report()
                .put("liveHeapBeforeMiB", Report.mib(liveBefore))
                .put("liveHeapAfterMiB", Report.mib(liveAfter))
                .put("peakLiveHeapDuringMiB", Report.mib(watch.peakLiveBytes()))
                .put("liveHeapGrowthMiB", Report.mib(Math.max(liveAfter, watch.peakLiveBytes()) - liveBefore))
                .put("peakHeapUsedMiB", Report.mib(watch.peakUsedBytes()))
                .put("peakHeapCommittedMiB", Report.mib(watch.peakCommittedBytes()));
        return new Report()
                .put("upload", upload)
                .put("download", download)
                .put("loopback", new Report().put("seconds", loopbackSeconds).put("mbPerSecond", loopbackRate))
                .put("clientSha256Seconds", hashSeconds)
                .put("serverHeap", heap);
    }

    private double megabytesPerSecond(double seconds) {
        return RandomFile.megabytesPerSecond(size, seconds);
    }
}
