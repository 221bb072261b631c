package org.opioidregistry.core.substance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link SubstanceId} and {@link Code} write out the equals and hashCode a record would generate
 * (for start-up time): equal by every component, and hashed as a record hashes (31 times the hash
 * so far plus each component's), so that no hash-ordered collection changes its order.
 */
class HandWrittenEqualityTest {

  @Test
  void substanceIdsAreEqualByValueAndHashLikeARecord() {
    SubstanceId a = SubstanceId.of("fentanyl");
    assertEquals(a, SubstanceId.of("fentanyl"));
    assertNotEquals(a, SubstanceId.of("sufentanil"));
    assertNotEquals(a, (Object) "fentanyl");
    assertEquals("fentanyl".hashCode(), a.hashCode());
  }

  @Test
  void codesAreEqualByTypeAndValueAndHashLikeARecord() {
    Code cas = Code.cas("437-38-7");
    assertEquals(cas, new Code(CodeType.CAS_RN, " 437-38-7 "));
    assertNotEquals(cas, Code.cas("56030-54-7"));
    for (CodeType other : CodeType.values()) {
      if (other != CodeType.CAS_RN) {
        assertNotEquals(cas, new Code(other, "437-38-7"), other.name());
      }
    }
    assertEquals(31 * CodeType.CAS_RN.hashCode() + "437-38-7".hashCode(), cas.hashCode());
  }
}
