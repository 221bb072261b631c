package org.opioidregistry.core.mass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MassWindowTest {

  @Test
  void ppmWindowAroundFentanyl() {
    MassWindow window = MassWindow.ppm(336.2202, 5);
    assertEquals(336.2202 * 5e-6, window.halfWidth(), 1e-12);
    assertEquals(336.218519, window.lower(), 1e-6);
    assertEquals(336.221881, window.upper(), 1e-6);
    assertTrue(window.contains(336.220164));
    assertFalse(window.contains(336.2230));
    assertTrue(window.contains(window.lower()));
    assertTrue(window.contains(window.upper()));
  }

  @Test
  void ppmErrorHasTheSignOfTheMeasuredExcess() {
    assertEquals(2.487, MassWindow.ppmError(336.2210, 336.220164), 1e-3);
    assertEquals(-2.487, MassWindow.ppmError(336.219328, 336.220164), 1e-3);
    assertEquals(0, MassWindow.ppm(336.220164, 5).ppmErrorOf(336.220164), 1e-12);
  }

  @Test
  void daltonWindow() {
    MassWindow window = MassWindow.daltons(100, 0.01);
    assertTrue(window.contains(100.01));
    assertFalse(window.contains(100.0101));
  }

  @Test
  void refusesNonsense() {
    assertThrows(IllegalArgumentException.class, () -> MassWindow.ppm(-1, 5));
    assertThrows(IllegalArgumentException.class, () -> MassWindow.ppm(Double.NaN, 5));
    assertThrows(IllegalArgumentException.class, () -> MassWindow.ppm(100, -1));
    assertThrows(IllegalArgumentException.class, () -> MassWindow.ppm(100, 5000));
    assertThrows(IllegalArgumentException.class, () -> MassWindow.daltons(100, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> MassWindow.ppmError(1, 0));
  }
}
