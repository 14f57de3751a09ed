package id.loket.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

class OfficeServersTest {

    @Test
    void two_servers_run_side_by_side_each_on_its_own_database() throws Exception {
        String centralDb = OfficeServers.freshDatabase("smoke_central");
        String branchDb = OfficeServers.freshDatabase("smoke_branch");
        try (var central = OfficeServers.start(centralDb, Map.of());
             var branch = OfficeServers.start(branchDb, Map.of())) {
            HttpClient http = HttpClient.newHttpClient();
            for (var server : java.util.List.of(central, branch)) {
                var response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + OfficeServers.port(server) + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
            }
            assertThat(central.getBean(JdbcTemplate.class).queryForObject("SELECT DATABASE()", String.class))
                    .isEqualTo("loket_test_smoke_central");
            assertThat(branch.getBean(JdbcTemplate.class).queryForObject("SELECT DATABASE()", String.class))
                    .isEqualTo("loket_test_smoke_branch");
        }
    }
}
