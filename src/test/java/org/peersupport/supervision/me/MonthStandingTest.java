package org.peersupport.supervision.me;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A month in progress is "on track" or "behind", never failed; nobody is behind at its start. */
class MonthStandingTest {

  @Test
  void atTheStartOfTheMonthNobodyIsBehind() {
    assertThat(MyRecords.standing(false, 0, 2, 1, 31)).isEqualTo("ON_TRACK");
    assertThat(MyRecords.standing(false, 0, 2, 2, 31)).isEqualTo("ON_TRACK");
    assertThat(MyRecords.standing(false, 0, 2, 8, 31)).isEqualTo("ON_TRACK");
  }

  @Test
  void signedSessionsThatDoNotKeepPaceAreBehind() {
    assertThat(MyRecords.standing(false, 0, 2, 10, 31)).isEqualTo("BEHIND");
    assertThat(MyRecords.standing(false, 1, 2, 10, 31)).isEqualTo("ON_TRACK");
    assertThat(MyRecords.standing(false, 1, 2, 25, 31)).isEqualTo("BEHIND");
  }

  @Test
  void metIsMetWhateverTheDay() {
    assertThat(MyRecords.standing(true, 2, 2, 3, 30)).isEqualTo("MET");
  }
}
