package id.loket;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class LoketApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoketApplication.class, args);
    }
}
