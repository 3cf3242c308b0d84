/**
 * Identity: accounts of persons and staff, how they prove who they are (password, one-time code,
 * access and API tokens, an optional OpenID Connect provider), and what each may do. Every
 * authenticated request carries an {@link org.onestop.kernel.Actor}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.onestop.identity;
