package id.loket.base;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BroadcastConfig {

    /** One small pool delivers all live updates; pushing to 20 screens must not hold up the mover. */
    @Bean(destroyMethod = "shutdown")
    ExecutorService broadcastExecutor() {
        return Executors.newFixedThreadPool(8, Thread.ofPlatform().name("broadcast-", 0).daemon(true).factory());
    }
}
