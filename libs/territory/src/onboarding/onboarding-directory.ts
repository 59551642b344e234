/**
 * What onboarding must know about tenants and consultants, which identity owns. This context cannot
 * import identity: the app that composes the territory subgraph provides an implementation.
 */
export interface OnboardingDirectory {
  slugTaken(slug: string): Promise<boolean>;
  tenantExists(tenantId: string): Promise<boolean>;
  /** Whether the user is a consultant assigned to the tenant. */
  serves(userId: string, tenantId: string): Promise<boolean>;
}

export const ONBOARDING_DIRECTORY = Symbol('OnboardingDirectory');

/** The job type; the handler is app-level (it coordinates identity and this context). */
export const ONBOARD_TERRITORY_JOB = 'territory.onboard';

export interface OnboardPayload extends Record<string, unknown> {
  onboardingId: string;
}
