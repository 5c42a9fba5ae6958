package be.miis.frontdesk.organisation;

import be.miis.frontdesk.shared.DemoDataPolicy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few dozen real OCMWs/CPAS (NIS codes of Statbel, bilingual names, main postcode) for the demo, loaded only
 * into an empty table. The full list of municipalities comes in through the CSV import.
 */
@Component
class DemoOrganisations implements ApplicationRunner {

    private final DemoDataPolicy policy;
    private final OrganisationRepository organisations;
    private final Clock clock;

    DemoOrganisations(DemoDataPolicy policy, OrganisationRepository organisations, Clock clock) {
        this.policy = policy;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!policy.isEnabled() || organisations.count() > 0) {
            return;
        }
        organisations.saveAll(read().stream().map(this::toOrganisation).toList());
    }

    private Organisation toOrganisation(String[] f) {
        return new Organisation(
                f[0],
                f[1],
                f[2],
                f[3].isBlank() ? null : f[3],
                List.of(f[4].split("\\|")),
                Region.valueOf(f[5]),
                f[6],
                List.of(f[7].split("\\|")),
                clock.instant());
    }

    private static List<String[]> read() {
        var resource = new ClassPathResource("demo/organisations.csv");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> Arrays.copyOf(line.split(";", -1), 8))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
