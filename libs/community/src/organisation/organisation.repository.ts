import { Injectable } from '@nestjs/common';
import { RequestContext, TenantRepository, UnitOfWork, type Page, type PageArgs } from '@alliance/platform';
import type { SelectQueryBuilder } from 'typeorm';
import {
  type ImportRowError,
  type ImportStatus,
  JoinRequest,
  Organisation,
  OrganisationImport,
  Representative,
} from './organisation.entity';

export interface DirectoryFilter {
  typeCode?: string | null;
  sectorCode?: string | null;
  zoneCode?: string | null;
  coalitionThemeCode?: string | null;
  text?: string | null;
}

/** The export never grows past this many rows; a territory with more exports by filter. */
export const EXPORT_LIMIT = 20_000;

@Injectable()
export class OrganisationRepository extends TenantRepository<Organisation> {
  constructor(uow: UnitOfWork) {
    super(uow, Organisation);
  }

  /**
   * The directory's filters, each served by an index: the tenant's creation-order index for the page, GIN
   * indexes for sectors, zones and the text's tsvector, the coalition members' organisation index.
   */
  private async filtered(
    filter: DirectoryFilter,
    publicOnly: boolean,
  ): Promise<SelectQueryBuilder<Organisation>> {
    const qb = await this.query('o');
    if (publicOnly) qb.andWhere('o.publicProfile = true');
    if (filter.typeCode) qb.andWhere('o.typeCode = :typeCode', { typeCode: filter.typeCode });
    if (filter.sectorCode)
      qb.andWhere('o.sector_codes @> array[:sectorCode]::text[]', { sectorCode: filter.sectorCode });
    if (filter.zoneCode)
      qb.andWhere('o.zone_codes @> array[:zoneCode]::text[]', { zoneCode: filter.zoneCode });
    if (filter.coalitionThemeCode) {
      qb.andWhere(
        `exists (select 1 from community.coalition_members m
                   join community.coalitions c on c.tenant_id = m.tenant_id and c.id = m.coalition_id
                  where m.tenant_id = o.tenant_id and m.organisation_id = o.id and m.status = 'member'
                    and c.perimeter_kind = 'theme' and c.perimeter_code = :coalitionThemeCode)`,
        { coalitionThemeCode: filter.coalitionThemeCode },
      );
    }
    const text = filter.text?.trim();
    if (text) {
      // Not `:text`: TypeORM would read the `::text[]` casts of the filters above as that parameter.
      qb.andWhere(`(o.search @@ plainto_tsquery('simple', :searchText) or o.name ilike :namePrefix)`, {
        searchText: text,
        namePrefix: `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return qb;
  }

  async directory(filter: DirectoryFilter, args: PageArgs, publicOnly = false): Promise<Page<Organisation>> {
    return this.page(await this.filtered(filter, publicOnly), 'o', args);
  }

  /** Every organisation the filter keeps, by name, for an export. */
  async exportRows(filter: DirectoryFilter): Promise<Organisation[]> {
    return (await this.filtered(filter, false))
      .orderBy('lower(o.name)', 'ASC')
      .addOrderBy('o.id', 'ASC')
      .limit(EXPORT_LIMIT)
      .getMany();
  }

  async bySiret(siret: string): Promise<Organisation | null> {
    return this.findOne({ siret });
  }

  async representedBy(userId: string): Promise<Organisation[]> {
    return (await this.query('o'))
      .andWhere(
        `exists (select 1 from community.representatives r
                  where r.tenant_id = o.tenant_id and r.organisation_id = o.id and r.user_id = :userId)`,
        { userId },
      )
      .orderBy('lower(o.name)', 'ASC')
      .getMany();
  }

  /**
   * The organisations already known under one of these SIRETs or at one of these postcodes: the import compares
   * their names itself, without case or accents (« Société » and « SOCIETE » are the same organisation).
   */
  async existing(sirets: readonly string[], postcodes: readonly (string | null)[]): Promise<Organisation[]> {
    if (sirets.length === 0 && postcodes.length === 0) return [];
    return (await this.manager()).query(
      `select o.id, o.name, o.siret, o.postcode from community.organisations o
        where o.tenant_id = $1 and (o.siret = any($2::text[]) or coalesce(o.postcode, '') = any($3::text[]))`,
      [RequestContext.tenantId(), [...sirets], [...new Set(postcodes.map((p) => p ?? ''))]],
    );
  }

  /** Rows of an import, in one statement per batch. */
  async insertMany(rows: readonly Omit<Organisation, 'id' | 'tenantId' | 'createdAt'>[]): Promise<void> {
    if (rows.length === 0) return;
    await (
      await this.manager()
    ).query(
      `insert into community.organisations
         (tenant_id, name, type_code, siren, siret, sector_codes, zone_codes, size_band, address, postcode, city,
          website, description, public_profile, created_by)
       select $1, x.name, x.type_code, x.siren, x.siret, x.sector_codes, x.zone_codes, x.size_band, x.address,
              x.postcode, x.city, x.website, x.description, x.public_profile, x.created_by
         from jsonb_to_recordset($2::jsonb) as x(name text, type_code text, siren text, siret text,
              sector_codes text[], zone_codes text[], size_band text, address text, postcode text, city text,
              website text, description text, public_profile boolean, created_by uuid)
       on conflict (tenant_id, siret) where siret is not null do nothing`,
      [
        RequestContext.tenantId(),
        JSON.stringify(
          rows.map((r) => ({
            name: r.name,
            type_code: r.typeCode,
            siren: r.siren,
            siret: r.siret,
            sector_codes: r.sectorCodes,
            zone_codes: r.zoneCodes,
            size_band: r.sizeBand,
            address: r.address,
            postcode: r.postcode,
            city: r.city,
            website: r.website,
            description: r.description,
            public_profile: r.publicProfile,
            created_by: r.createdBy,
          })),
        ),
      ],
    );
  }
}

@Injectable()
export class RepresentativeRepository extends TenantRepository<Representative> {
  constructor(uow: UnitOfWork) {
    super(uow, Representative);
  }

  async represents(userId: string, organisationId: string): Promise<boolean> {
    return (await this.query('r'))
      .andWhere('r.userId = :userId and r.organisationId = :organisationId', { userId, organisationId })
      .getExists();
  }

  /** Of these organisations, the ones the person represents: one statement for a whole page. */
  async representedAmong(userId: string, organisationIds: readonly string[]): Promise<Set<string>> {
    if (organisationIds.length === 0) return new Set();
    const rows = await (
      await this.query('r')
    )
      .andWhere('r.userId = :userId and r.organisationId in (:...ids)', { userId, ids: [...organisationIds] })
      .getMany();
    return new Set(rows.map((r) => r.organisationId));
  }

  async ofOrganisations(organisationIds: readonly string[]): Promise<Representative[]> {
    if (organisationIds.length === 0) return [];
    return (await this.query('r'))
      .andWhere('r.organisationId in (:...ids)', { ids: [...organisationIds] })
      .orderBy('r.createdAt', 'ASC')
      .getMany();
  }
}

@Injectable()
export class JoinRequestRepository extends TenantRepository<JoinRequest> {
  constructor(uow: UnitOfWork) {
    super(uow, JoinRequest);
  }

  async pendingOf(organisationId: string): Promise<JoinRequest[]> {
    return (await this.query('j'))
      .andWhere(`j.organisationId = :organisationId and j.status = 'pending'`, { organisationId })
      .orderBy('j.createdAt', 'ASC')
      .getMany();
  }

  /** Every pending request of the territory, oldest first. */
  async pendingPage(args: PageArgs): Promise<Page<JoinRequest>> {
    return this.page((await this.query('j')).andWhere(`j.status = 'pending'`), 'j', args);
  }

  async pendingBy(userId: string, organisationId: string): Promise<JoinRequest | null> {
    return (await this.query('j'))
      .andWhere(`j.userId = :userId and j.organisationId = :organisationId and j.status = 'pending'`, {
        userId,
        organisationId,
      })
      .getOne();
  }

  async ofUser(userId: string): Promise<JoinRequest[]> {
    return (await this.query('j'))
      .andWhere('j.userId = :userId', { userId })
      .orderBy('j.createdAt', 'DESC')
      .getMany();
  }

  /** The request, locked until the decision is committed, so two deciders cannot both decide it. */
  async lock(id: string): Promise<JoinRequest | null> {
    return (await this.query('j')).andWhere('j.id = :id', { id }).setLock('pessimistic_write').getOne();
  }
}

@Injectable()
export class OrganisationImportRepository extends TenantRepository<OrganisationImport> {
  constructor(uow: UnitOfWork) {
    super(uow, OrganisationImport);
  }

  async content(id: string): Promise<string | null> {
    const rows: { content: string }[] = await (
      await this.manager()
    ).query(`select content from community.organisation_imports where tenant_id = $1 and id = $2`, [
      RequestContext.tenantId(),
      id,
    ]);
    return rows[0]?.content ?? null;
  }

  /** The import, locked for the rest of the transaction: a second delivery of its job waits, then sees the progress. */
  async lock(id: string): Promise<OrganisationImport | null> {
    return (await this.query('i')).andWhere('i.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  async progress(
    id: string,
    fields: {
      status?: ImportStatus;
      totalRows?: number;
      processedRows?: number;
      createdRows?: number;
      skippedRows?: number;
      errors?: ImportRowError[];
      finished?: boolean;
    },
  ): Promise<void> {
    await (
      await this.manager()
    ).query(
      `update community.organisation_imports set status = coalesce($3, status), total_rows = coalesce($4, total_rows),
         processed_rows = coalesce($5, processed_rows), created_rows = coalesce($6, created_rows),
         skipped_rows = coalesce($7, skipped_rows), errors = coalesce($8::jsonb, errors),
         finished_at = case when $9 then now() else finished_at end
       where tenant_id = $1 and id = $2`,
      [
        RequestContext.tenantId(),
        id,
        fields.status ?? null,
        fields.totalRows ?? null,
        fields.processedRows ?? null,
        fields.createdRows ?? null,
        fields.skippedRows ?? null,
        fields.errors ? JSON.stringify(fields.errors) : null,
        fields.finished ?? false,
      ],
    );
  }
}
