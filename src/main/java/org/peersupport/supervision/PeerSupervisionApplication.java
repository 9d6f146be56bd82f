package org.peersupport.supervision;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PeerSupervisionApplication {

  public static void main(String[] args) {
    SpringApplication.run(PeerSupervisionApplication.class, args);
  }
}
