package be.miis.frontdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class FrontdeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(FrontdeskApplication.class, args);
    }
}
