package org.peersupport.supervision.people;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Demo users and relationships ({@code peer-supervision.demo.*}); only for the embedded database. The
 * setting must be given (true or false), so a configuration that forgets it does not start.
 */
@ConfigurationProperties("peer-supervision.demo")
@Validated
record DemoSettings(@NotNull Boolean enabled) {}
