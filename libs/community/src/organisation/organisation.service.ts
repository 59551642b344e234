import { Injectable } from '@nestjs/common';
import {
  AuditLog,
  badInput,
  conflict,
  notFound,
  Outbox,
  type Page,
  type PageArgs,
  requireTenantRole,
} from '@alliance/platform';
import type { Organisation, SizeBand } from './organisation.entity';
import {
  type DirectoryFilter,
  OrganisationRepository,
  RepresentativeRepository,
} from './organisation.repository';
import {
  isStaff,
  notRepresentative,
  REPRESENTATIVE_ADDED_EVENT,
  REPRESENTATIVE_REMOVED_EVENT,
  type RepresentativeRemovedPayload,
  representativeAdded,
  STAFF,
} from './representation';
import { formatCompanyNumber, parseCompanyNumber } from './siret';
import { organisationsToCsv, organisationsToXlsx } from './directory-export';

export interface OrganisationFields {
  name?: string | null;
  typeCode?: string | null;
  sirenOrSiret?: string | null;
  sectorCodes?: string[] | null;
  zoneCodes?: string[] | null;
  sizeBand?: SizeBand | null;
  address?: string | null;
  postcode?: string | null;
  city?: string | null;
  website?: string | null;
  description?: string | null;
  publicProfile?: boolean | null;
}

const text = (value: string | null | undefined) => value?.trim() || null;
const unique = (codes: readonly string[]) => [...new Set(codes.map((c) => c.trim()).filter(Boolean))];

@Injectable()
export class OrganisationService {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly representatives: RepresentativeRepository,
    private readonly outbox: Outbox,
    private readonly audit: AuditLog,
  ) {}

  /** A member registers their organisation and becomes its first representative. */
  async register(input: OrganisationFields & { name: string; typeCode: string }): Promise<Organisation> {
    const claims = requireTenantRole();
    const number = await this.checkedNumber(input.sirenOrSiret, null);
    const organisation = await this.organisations.insert({
      name: input.name.trim().replace(/\s+/g, ' '),
      typeCode: input.typeCode.trim(),
      siren: number.siren,
      siret: number.siret,
      sectorCodes: unique(input.sectorCodes ?? []),
      zoneCodes: unique(input.zoneCodes ?? []),
      sizeBand: input.sizeBand ?? null,
      address: text(input.address),
      postcode: text(input.postcode),
      city: text(input.city),
      website: text(input.website),
      description: text(input.description),
      publicProfile: input.publicProfile ?? false,
      createdBy: claims.userId,
    });
    await this.representatives.insert({ organisationId: organisation.id, userId: claims.userId });
    await this.outbox.publish({
      type: REPRESENTATIVE_ADDED_EVENT,
      payload: representativeAdded(organisation, claims.userId),
    });
    await this.audit.record({
      action: 'organisation.register',
      objectType: 'organisation',
      objectId: organisation.id,
      data: { name: organisation.name, siret: organisation.siret, siren: organisation.siren },
    });
    return organisation;
  }

  /** Its representatives, an animator or an admin change what the directory says of an organisation. */
  async update(id: string, input: OrganisationFields): Promise<Organisation> {
    const claims = requireTenantRole();
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw notFound('Cette organisation n’existe pas dans ce territoire.');
    if (!isStaff(claims) && !(await this.representatives.represents(claims.userId, organisation.id))) {
      throw notRepresentative(organisation, 'la modifier');
    }
    const before = {
      name: organisation.name,
      typeCode: organisation.typeCode,
      sector: organisation.sectorCodes[0],
    };
    if (input.name !== undefined && input.name !== null)
      organisation.name = input.name.trim().replace(/\s+/g, ' ');
    if (input.typeCode !== undefined && input.typeCode !== null)
      organisation.typeCode = input.typeCode.trim();
    if (input.sirenOrSiret !== undefined) {
      const number = await this.checkedNumber(input.sirenOrSiret, organisation.id);
      organisation.siren = number.siren;
      organisation.siret = number.siret;
    }
    if (input.sectorCodes) organisation.sectorCodes = unique(input.sectorCodes);
    if (input.zoneCodes) organisation.zoneCodes = unique(input.zoneCodes);
    if (input.sizeBand !== undefined) organisation.sizeBand = input.sizeBand;
    if (input.address !== undefined) organisation.address = text(input.address);
    if (input.postcode !== undefined) organisation.postcode = text(input.postcode);
    if (input.city !== undefined) organisation.city = text(input.city);
    if (input.website !== undefined) organisation.website = text(input.website);
    if (input.description !== undefined) organisation.description = text(input.description);
    if (input.publicProfile !== undefined && input.publicProfile !== null)
      organisation.publicProfile = input.publicProfile;
    const saved = await this.organisations.save(organisation);
    // assessment keeps the name, type and first sector with each representative: announce them again.
    if (
      before.name !== saved.name ||
      before.typeCode !== saved.typeCode ||
      before.sector !== saved.sectorCodes[0]
    ) {
      for (const r of await this.representatives.ofOrganisations([saved.id])) {
        await this.outbox.publish({
          type: REPRESENTATIVE_ADDED_EVENT,
          payload: representativeAdded(saved, r.userId),
        });
      }
    }
    await this.audit.record({
      action: 'organisation.update',
      objectType: 'organisation',
      objectId: saved.id,
      data: { fields: Object.keys(input).filter((k) => input[k as keyof OrganisationFields] !== undefined) },
    });
    return saved;
  }

  /** A representative leaves an organisation, or an animator or admin removes one. */
  async removeRepresentative(organisationId: string, userId: string): Promise<Organisation> {
    const claims = requireTenantRole();
    const organisation = await this.organisations.findById(organisationId);
    if (!organisation) throw notFound('Cette organisation n’existe pas dans ce territoire.');
    if (
      claims.userId !== userId &&
      !isStaff(claims) &&
      !(await this.representatives.represents(claims.userId, organisation.id))
    ) {
      throw notRepresentative(organisation, 'retirer un de ses représentants');
    }
    const representative = await this.representatives.findOne({ organisationId, userId });
    if (!representative) {
      throw badInput(`Cette personne ne représente pas « ${organisation.name} ».`, 'userId');
    }
    await this.representatives.remove(representative);
    const payload: RepresentativeRemovedPayload = { organisationId, userId };
    await this.outbox.publish({ type: REPRESENTATIVE_REMOVED_EVENT, payload });
    await this.audit.record({
      action: 'organisation.remove-representative',
      objectType: 'organisation',
      objectId: organisationId,
      data: { userId },
    });
    return organisation;
  }

  async byId(id: string): Promise<Organisation> {
    requireTenantRole();
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw notFound('Cette organisation n’existe pas dans ce territoire.');
    return organisation;
  }

  mine(): Promise<Organisation[]> {
    const claims = requireTenantRole();
    return this.organisations.representedBy(claims.userId);
  }

  /** Members of the territory see every organisation of it, public or not. */
  directory(filter: DirectoryFilter, args: PageArgs): Promise<Page<Organisation>> {
    requireTenantRole();
    return this.organisations.directory(filter, args);
  }

  /** What anyone reads of a territory's directory: the organisations that opted in. Runs inside that territory. */
  publicDirectory(filter: DirectoryFilter, args: PageArgs): Promise<Page<Organisation>> {
    return this.organisations.directory(filter, args, true);
  }

  async export(filter: DirectoryFilter, format: 'csv' | 'xlsx'): Promise<Buffer> {
    requireTenantRole(...STAFF);
    const rows = await this.organisations.exportRows(filter);
    await this.audit.record({
      action: 'organisation.export',
      objectType: 'organisation',
      data: { format, rows: rows.length, filter: { ...filter } },
    });
    return format === 'xlsx' ? organisationsToXlsx(rows) : Buffer.from(organisationsToCsv(rows), 'utf8');
  }

  /** Checks the key of a SIRET or SIREN and that no other organisation of the territory has the SIRET. */
  private async checkedNumber(
    raw: string | null | undefined,
    self: string | null,
  ): Promise<{ siren: string | null; siret: string | null }> {
    if (!raw?.trim()) return { siren: null, siret: null };
    const number = parseCompanyNumber(raw);
    if ('error' in number) throw badInput(number.error, 'sirenOrSiret');
    if (number.siret) {
      const existing = await this.organisations.bySiret(number.siret);
      if (existing && existing.id !== self) {
        throw conflict(
          `Le SIRET ${formatCompanyNumber(number.siret)} est déjà celui de « ${existing.name} » dans l’annuaire : demandez plutôt à la représenter.`,
          'sirenOrSiret',
        );
      }
    }
    return number;
  }
}
