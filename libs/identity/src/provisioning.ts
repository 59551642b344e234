// A second, narrow door into identity for app-level orchestration (onboarding). It loads no GraphQL type,
// so an app composing another subgraph can use it without identity's types leaking into that schema.
export { TenantProvisioning, type ProvisionedTenant } from './provisioning/tenant-provisioning.repository';
