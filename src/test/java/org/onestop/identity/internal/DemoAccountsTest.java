package org.onestop.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.onestop.OneStopApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@DatabaseTest
class DemoAccountsTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoAccountLogsInWithPasswordDemoInTheDemoProfile() {
        for (String username : DemoAccounts.ACCOUNTS.keySet()) {
            assertThat(TestLogins.token(mvc, username)).as(username).startsWith("osa_");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM identity_account WHERE demo").query(Integer.class).single())
                .isEqualTo(9);
    }

    @Test
    void outsideTheDemoProfileNoDemoAccountOrDemoPersonExists() {
        String url = "jdbc:h2:mem:nodemo-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (var context = new SpringApplicationBuilder(OneStopApplication.class).web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + url, "--spring.main.banner-mode=off", "--logging.level.root=warn",
                        "--onestop.documents.master-key=ML1qELfgB4/zBVqDvIA4uHuIFeY+DUP+/+MMT+Y/kjE=")) {
            JdbcClient other = context.getBean(JdbcClient.class);

            assertThat(other.sql("SELECT COUNT(*) FROM identity_account").query(Integer.class).single()).isZero();
            assertThat(other.sql("SELECT COUNT(*) FROM directory_civil_servant").query(Integer.class).single()).isZero();
            assertThat(other.sql("SELECT COUNT(*) FROM directory_region").query(Integer.class).single()).isEqualTo(20);
        }
    }
}
