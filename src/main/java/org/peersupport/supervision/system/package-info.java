/**
 * The ground floor: what every capability may use and that uses none of them (only the JDK, Spring,
 * Jakarta, Jackson, Camunda and Jersey): the one error shape of every mount ({@link
 * org.peersupport.supervision.system.Problems}), field problems, the {@link
 * org.peersupport.supervision.system.Refusal} that form and permission refusals implement, and the
 * classifier of the engine's failures on both REST mounts ({@link org.peersupport.supervision.system.EngineErrors}).
 */
package org.peersupport.supervision.system;
