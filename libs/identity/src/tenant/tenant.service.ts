import { Injectable } from '@nestjs/common';
import {
  AuditLog,
  badInput,
  conflict,
  notFound,
  type Page,
  type PageArgs,
  PlatformRole,
  requirePlatformRole,
  requireViewer,
  forbidden,
} from '@alliance/platform';
import { isValidSiren, normalizeEmail } from '../shared/secrets';
import { UserRepository } from '../user/user.repository';
import { type Tenant, TenantKind, TenantStatus } from './tenant.entity';
import { TenantRepository } from './tenant.repository';

export interface CreateTenantData {
  slug: string;
  name: string;
  kind: TenantKind;
  siren?: string | null;
  programmeName: string;
  description?: string | null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@Injectable()
export class TenantService {
  constructor(
    private readonly tenants: TenantRepository,
    private readonly users: UserRepository,
    private readonly audit: AuditLog,
  ) {}

  /** Public: the portal shows a territory's home to anyone. */
  async bySlug(slug: string): Promise<Tenant> {
    const tenant = await this.tenants.findBySlug(slug);
    if (!tenant) throw notFound(`Aucun territoire ne porte l’identifiant « ${slug} ».`);
    return tenant;
  }

  async create(input: CreateTenantData): Promise<Tenant> {
    requirePlatformRole(PlatformRole.OPERATOR);
    const slug = input.slug.trim();
    if (!SLUG.test(slug) || slug.length > 60) {
      throw badInput(
        'L’identifiant ne peut contenir que des minuscules, des chiffres et des tirets (ex. « grand-poitiers »).',
        'slug',
      );
    }
    if (await this.tenants.findBySlug(slug))
      throw conflict(`L’identifiant « ${slug} » est déjà pris.`, 'slug');
    const siren = input.siren?.replace(/\s/g, '') || null;
    if (siren && !isValidSiren(siren)) {
      throw badInput(`Le SIREN ${input.siren} n’est pas valide (9 chiffres et clé de contrôle).`, 'siren');
    }
    if (!input.name.trim()) throw badInput('Indiquez le nom du territoire.', 'name');
    if (!input.programmeName.trim()) throw badInput('Indiquez le nom du programme.', 'programmeName');
    const tenant = await this.tenants.insert({
      slug,
      name: input.name.trim(),
      kind: input.kind,
      siren,
      programmeName: input.programmeName.trim(),
      description: input.description?.trim() || null,
      status: TenantStatus.ACTIVE,
    });
    await this.audit.record({
      action: 'tenant.create',
      objectType: 'tenant',
      objectId: tenant.id,
      data: { slug },
    });
    return tenant;
  }

  async assignConsultant(tenantId: string, rawEmail: string): Promise<Tenant> {
    requirePlatformRole(PlatformRole.OPERATOR);
    const tenant = await this.tenants.findById(tenantId);
    if (!tenant) throw notFound('Ce territoire n’existe pas.');
    const email = normalizeEmail(rawEmail);
    const user = await this.users.findByEmail(email);
    if (!user || !user.platformRoles.includes(PlatformRole.CONSULTANT)) {
      throw badInput(`${email} n’est pas un compte de consultant.`, 'email');
    }
    await this.users.assignConsultant(tenant.id, user.id);
    await this.audit.record({
      action: 'tenant.assign-consultant',
      objectType: 'tenant',
      objectId: tenant.id,
      data: { consultant: user.id },
    });
    return tenant;
  }

  /** Operators see every tenant; consultants the tenants they serve. */
  async list(args: PageArgs): Promise<Page<Tenant>> {
    const claims = requireViewer();
    if (claims.platformRoles.includes(PlatformRole.OPERATOR)) return this.tenants.page(args);
    if (claims.platformRoles.includes(PlatformRole.CONSULTANT)) {
      const served = (await this.users.tenantAccess(claims.userId))
        .filter((a) => a.serves)
        .map((a) => a.tenantId);
      return this.tenants.page(args, served);
    }
    throw forbidden('La liste des territoires est réservée aux opérateurs et aux consultants.');
  }
}
