package be.miis.frontdesk.test;

import be.miis.frontdesk.FrontdeskApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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

    /** Starts the database as configured, then the application with these extra {@code --name=value} arguments. */
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
        all.addAll(List.of(arguments));
        try {
            return new BenchmarkApplication(
                    postgres, new SpringApplicationBuilder(FrontdeskApplication.class).run(all.toArray(String[]::new)));
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The database's port, for a look with psql while a benchmark pauses. */
    public int databasePort() {
        return postgres.getPort();
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
