package org.bulletincms.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletincms.deploy.KeycloakServer;
import org.bulletincms.deploy.Readiness;
import org.bulletincms.deploy.ServerProcess;

/**
 * Pictures (issue 17), on PostgreSQL with the real WildFly and Keycloak, in one run:
 * <ol>
 * <li><b>renditions per second</b>: generated photos ({@link GeneratedPhoto}) of 2 and 12 megapixels, {@code
 *     --photos} of each, uploaded one after another by an editor through the media API, which answers once the
 *     picture is decoded, made safe and its renditions made and kept; per size, photos and renditions (as the
 *     answer lists them) per second, the median and longest upload, WildFly's CPU time and GC pauses. The first
 *     upload of each size is a warm-up (class loading, JIT), shown apart and not counted;</li>
 * <li><b>delivery of a rendition against nginx</b>: the 1024-pixel rendition of a 2-megapixel photo (what a page's
 *     {@code src} names), fetched from the delivery API, written into nginx's root at the same path, checked to be
 *     served byte for byte alike, then wrk against both URLs with the delivery benchmark's threads and connections
 *     ({@link Wrk}): requests/s, p50, p99, CPU per request, and the ratio.</li>
 * </ol>
 * Writes a Markdown report ({@link MediaReport}) with the load average before and after.
 */
public final class MediaBenchmark {

    private static final int PORT_OFFSET = 29000;
    private static final int POSTGRES_PORT = 29652;
    private static final int KEYCLOAK_PORT = 29580;
    private static final int NGINX_PORT = 29600;
    private static final int DELIVERED_WIDTH = 1024;
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(4);

    /** The photo sizes: 2 and 12 megapixels in 3:2, a small camera's and a phone's. */
    static final List<Size> SIZES =
            List.of(new Size("2 MP", 1732, 1155, 2_000_000L), new Size("12 MP", 4243, 2828, 12_000_000L));

    private final Client api;
    private final ProductNode product;
    private final Wrk wrk;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String token;
    private Instant tokenAt = Instant.MIN;

    /** A photo size, and the base of its photos' seeds. */
    record Size(String name, int width, int height, long seeds) {}

    /** One upload as the benchmark timed it, and the picture the media API answered. */
    record Upload(GeneratedPhoto photo, long nanos, JsonObject picture) {

        int renditions() {
            return picture.getJsonArray("renditions").size();
        }
    }

    /** The uploads of one size: the warm-up, the measured ones, and WildFly's CPU time and GC pauses during them. */
    record Batch(Size size, Upload first, List<Upload> uploads, long cpuMillis, GcLog.Pauses gc) {}

    /** The rendition served by both servers, and both measured with wrk. */
    record Delivery(
            String path,
            int width,
            int height,
            int bytes,
            DeliveryBenchmark.Measured product,
            DeliveryBenchmark.Measured nginx) {}

    private MediaBenchmark(Client api, ProductNode product, Wrk wrk) {
        this.api = api;
        this.product = product;
        this.wrk = wrk;
    }

    @SuppressWarnings("try") // PostgreSQL runs for WildFly; the benchmark itself never queries it
    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Map<String, String> given = BenchArguments.of(args);
        int photos = Integer.parseInt(given.getOrDefault("photos", "5"));
        String duration = given.getOrDefault("duration", "20s");
        String warmUp = given.getOrDefault("warmup", "10s");
        Path work = Path.of(given.get("work"));
        WorkTree.delete(work);
        Files.createDirectories(work);

        // generated before anything starts, so that drawing and encoding them shares the cores with nothing
        long drawing = System.nanoTime();
        Map<Size, List<GeneratedPhoto>> generated = new HashMap<>();
        for (Size size : SIZES) {
            List<GeneratedPhoto> each = new ArrayList<>();
            for (int n = 0; n <= photos; n++) {
                each.add(GeneratedPhoto.of(
                        "photo-" + size.height() + "-" + n + ".jpg", size.width(), size.height(), size.seeds() + n));
            }
            generated.put(size, each);
        }
        System.out.printf("Generated %d photos in %.1f s%n", 2 * (photos + 1), (System.nanoTime() - drawing) / 1e9);

        Path server = WorkTree.copy(Path.of(given.get("server")), work.resolve("server"));
        try (EmbeddedPostgres postgres =
                EmbeddedPostgres.builder().setPort(POSTGRES_PORT).start()) {
            KeycloakServer keycloak =
                    new KeycloakServer(Path.of(given.get("keycloak")), KEYCLOAK_PORT, KEYCLOAK_PORT + 10, true);
            try (ServerProcess kc = keycloak.start(Path.of(given.get("realm")), work.resolve("keycloak.log"));
                    ProductNode product = new ProductNode(
                            server,
                            work.resolve("data"),
                            work.resolve("logs"),
                            keycloak.realmUrl(),
                            PORT_OFFSET,
                            BenchDatabase.environment(POSTGRES_PORT))) {
                product.deploy(Path.of(given.get("war")));
                product.launch();
                Readiness.await(
                        "Keycloak", keycloak.wellKnown(), ProductNode.STARTUP_TIMEOUT, Optional.of(kc.process()));
                product.awaitReady();
                Client api = new Client(product.applicationUrl(), keycloak.realmUrl());
                MediaBenchmark bench = new MediaBenchmark(api, product, Wrk.in(work));
                String publication = new IssuePublisher(api, Path.of(given.get("samples"))).createPublication("photos");

                String loadBefore = MediaReport.loadAverage();
                List<Batch> batches = new ArrayList<>();
                for (Size size : SIZES) {
                    batches.add(bench.uploads(publication, size, generated.get(size)));
                }
                Delivery delivery = bench.delivery(batches.get(0), work.resolve("nginx"), duration, warmUp);
                String report =
                        MediaReport.of(batches, delivery, duration, warmUp, loadBefore, MediaReport.loadAverage());
                Files.createDirectories(Path.of(given.get("results")).getParent());
                Files.writeString(Path.of(given.get("results")), report);
                System.out.println(report);
            }
        }
    }

    /** The first photo as a warm-up, then the others one after another, each timed from request to answer. */
    private Batch uploads(String publication, Size size, List<GeneratedPhoto> photos) throws IOException {
        Upload first = upload(publication, photos.get(0));
        ProcessCpu cpu = product.cpu();
        long cpuBefore = cpu.millis();
        long start = System.currentTimeMillis();
        List<Upload> uploads = new ArrayList<>();
        for (GeneratedPhoto photo : photos.subList(1, photos.size())) {
            uploads.add(upload(publication, photo));
        }
        long used = cpu.millis() - cpuBefore;
        GcLog.Pauses gc = product.gc().between(start, System.currentTimeMillis());
        return new Batch(size, first, uploads, used, gc);
    }

    private Upload upload(String publication, GeneratedPhoto photo) {
        String path = "/api/v1/publications/" + publication + "/media?filename="
                + URLEncoder.encode(photo.name(), StandardCharsets.UTF_8);
        String bearer = token();
        long started = System.nanoTime();
        Client.Reply reply = api.upload(path, bearer, photo.jpeg()).expect(201);
        long took = System.nanoTime() - started;
        JsonObject picture = reply.json();
        if (picture.getBoolean("duplicate") || picture.getInt("width") != photo.width()) {
            throw new IllegalStateException(photo.name() + " was taken in as " + picture);
        }
        return new Upload(photo, took, picture);
    }

    /**
     * The {@value #DELIVERED_WIDTH}-pixel rendition of the batch's first measured photo, as the delivery API serves
     * it, put into nginx's root; both checked to serve the same bytes, then measured alike.
     */
    private Delivery delivery(Batch batch, Path nginxPrefix, String duration, String warmUp)
            throws IOException, InterruptedException {
        JsonObject rendition =
                batch.uploads().get(0).picture().getJsonArray("renditions").getValuesAs(JsonObject.class).stream()
                        .filter(r -> r.getInt("width") <= DELIVERED_WIDTH)
                        .max(Comparator.comparingInt(r -> r.getInt("width")))
                        .orElseThrow();
        String path = rendition.getString("url");
        URI productBase = URI.create("http://127.0.0.1:" + (8080 + PORT_OFFSET));
        URI nginxBase = URI.create("http://127.0.0.1:" + NGINX_PORT);
        byte[] served = fetch(productBase.resolve(path));
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (!name.startsWith(sha256(served) + ".")) {
            throw new IllegalStateException(path + " served bytes of another SHA-256");
        }
        Path file = nginxPrefix.resolve("html").resolve(path.substring(1));
        Files.createDirectories(file.getParent());
        Files.write(file, served);
        try (Nginx nginx = Nginx.files(nginxPrefix, NGINX_PORT)) {
            if (!Arrays.equals(served, fetch(nginxBase.resolve(path)))) {
                throw new IllegalStateException("nginx serves other bytes than the product at " + path);
            }
            UrlMix one = UrlMix.one(path);
            DeliveryBenchmark.Measured fromProduct =
                    measure(productBase, one, product.cpu(), Optional.of(product.gc()), duration, warmUp);
            DeliveryBenchmark.Measured fromNginx =
                    measure(nginxBase, one, ProcessCpu.tree(nginx.master()), Optional.empty(), duration, warmUp);
            return new Delivery(
                    path, rendition.getInt("width"), rendition.getInt("height"), served.length, fromProduct, fromNginx);
        }
    }

    /** A warm-up, then the measured wrk run, with the server's CPU time and (WildFly) GC pauses during it. */
    private DeliveryBenchmark.Measured measure(
            URI base, UrlMix mix, ProcessCpu cpu, Optional<GcLog> gc, String duration, String warmUp)
            throws IOException, InterruptedException {
        wrk.run(base, mix, warmUp);
        String loadAverage = MediaReport.loadAverage();
        long before = cpu.millis();
        Wrk.Load load = wrk.run(base, mix, duration);
        long used = cpu.millis() - before;
        Optional<GcLog.Pauses> pauses = Optional.empty();
        if (gc.isPresent()) {
            pauses = Optional.of(gc.get().between(load.startMillis(), load.endMillis()));
        }
        return new DeliveryBenchmark.Measured(
                load, load.requests() == 0 ? 0 : (double) used / load.requests(), loadAverage, pauses);
    }

    private byte[] fetch(URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> reply =
                http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (reply.statusCode() != 200
                || !reply.headers().firstValue("Cache-Control").orElse("").contains("immutable")) {
            throw new IllegalStateException(uri + " answered " + reply.statusCode() + " "
                    + reply.headers().map());
        }
        return reply.body();
    }

    /** An editor's token, fetched again before it expires (outside the timed upload). */
    private String token() {
        if (tokenAt.plus(TOKEN_LIFETIME).isBefore(Instant.now())) {
            token = api.token("edith");
            tokenAt = Instant.now();
        }
        return token;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
