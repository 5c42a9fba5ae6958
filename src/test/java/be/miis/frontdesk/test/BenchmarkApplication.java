package be.miis.frontdesk.test;

import be.miis.frontdesk.FrontdeskApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.catalina.webresources.TomcatURLStreamHandlerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on a fresh embedded PostgreSQL of its own, for the benchmark programs: never the database the
 * tests share, no demo data, no background jobs that would run beside the measurement (the SLA sweep, the
 * statistics refresh), quiet logs.
 */
public final class BenchmarkApplication implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final ConfigurableApplicationContext context;

    private BenchmarkApplication(EmbeddedPostgres postgres, ConfigurableApplicationContext context) {
        this.postgres = postgres;
        this.context = context;
    }

    /**
     * A fresh embedded PostgreSQL with these server settings, then what the command line adds:
     * {@code -Dbenchmark.pg.<setting>=<value>} passes any server setting, {@code -Dbenchmark.explain=<ms>} has
     * PostgreSQL log the plan (EXPLAIN ANALYZE, BUFFERS) of every statement slower than that to
     * {@code <logDirectory>/postgres.log}.
     */
    public static EmbeddedPostgres.Builder database(Map<String, String> settings, Path logDirectory) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        settings.forEach(builder::setServerConfig);
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("benchmark.pg."))
                .forEach(name ->
                        builder.setServerConfig(name.substring("benchmark.pg.".length()), System.getProperty(name)));
        String explain = System.getProperty("benchmark.explain");
        if (explain != null) {
            // Into a file of its own: once Spring has started, the console logger of zonky is silenced.
            builder.setServerConfig("logging_collector", "on")
                    .setServerConfig(
                            "log_directory", logDirectory.toAbsolutePath().toString())
                    .setServerConfig("log_filename", "postgres.log")
                    .setServerConfig("shared_preload_libraries", "auto_explain")
                    .setServerConfig("auto_explain.log_min_duration", explain + "ms")
                    .setServerConfig("auto_explain.log_analyze", "on")
                    .setServerConfig("auto_explain.log_buffers", "on");
        }
        return builder;
    }

    /**
     * Starts the database as configured, then the application with these extra {@code --name=value} arguments (one
     * of the defaults above, such as {@code --frontdesk.demo.enabled=true}, is replaced).
     */
    public static BenchmarkApplication start(EmbeddedPostgres.Builder database, String... arguments)
            throws IOException {
        // The benchmarks run one after the other in Maven's JVM: Tomcat may set its URL handler factory only once.
        TomcatURLStreamHandlerFactory.disable();
        EmbeddedPostgres postgres = database.start();
        // Arguments, not default properties: they must win over application.properties (server.port).
        List<String> all = new ArrayList<>(List.of(
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--server.port=0",
                "--frontdesk.demo.enabled=false",
                "--frontdesk.sla.sweep.enabled=false",
                "--frontdesk.statistics.refresh.enabled=false",
                "--logging.level.root=WARN"));
        // An argument given twice would reach the application as "false,true": the caller's replaces the default.
        for (String argument : arguments) {
            String name = argument.substring(0, argument.indexOf('=') + 1);
            all.removeIf(setting -> !name.isEmpty() && setting.startsWith(name));
        }
        all.addAll(List.of(arguments));
        try {
            return new BenchmarkApplication(
                    postgres, new SpringApplicationBuilder(FrontdeskApplication.class).run(all.toArray(String[]::new)));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** What a benchmark's table was measured on: "Machine: 2 cores, load average 1.23; Java 17.0.x". */
    public static String machine() {
        return "Machine: %d cores, load average %.2f; Java %s"
                .formatted(
                        Runtime.getRuntime().availableProcessors(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        System.getProperty("java.version"));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The database's port, for a look with psql while a benchmark pauses. */
    public int databasePort() {
        return postgres.getPort();
    }

    /**
     * With {@code -Dbenchmark.pause=<seconds>}, keeps the database (and the application) up that long after the
     * run, for a look with psql; the command to connect is printed.
     */
    public void pauseIfAsked() throws InterruptedException {
        int pause = Integer.getInteger("benchmark.pause", 0);
        if (pause > 0) {
            System.out.println("PAUSE: psql -h localhost -p " + databasePort()
                    + " -U postgres postgres, application on port " + port() + " (" + pause + " s)");
            System.out.flush();
            Thread.sleep(pause * 1000L);
        }
    }

    /** The port the application listens on. */
    public int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            postgres.close();
        }
    }
}
