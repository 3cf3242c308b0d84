/**
 * Reform monitor: Pollitt and Bouckaert's model of public management reform (components A
 * socio-economic forces, B political system, C elite decision making, D chance events, E
 * administrative system), filled with the evidence, programmes, legislative acts and figures of
 * the paper in {@code reference/reforms/*.yml}, and with live figures of component E read from
 * the ratings' {@link org.onestop.ratings.IndicatorFigures}. Public pages under {@code /reforms},
 * a read API under {@code /api/v1/reforms}; analysts edit and assess, every change journalled.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reform monitor")
package org.onestop.reforms;
