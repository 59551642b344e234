import { Injectable } from '@nestjs/common';
import {
  AuditLog,
  badInput,
  conflict,
  notFound,
  type Page,
  type PageArgs,
  requireTenantRole,
  TenantRole,
} from '@alliance/platform';
import { type CsvEncoding, decodeCsv } from './csv';
import { ECI_COLUMNS, exportColumns, readReferentialCsv, writeReferentialCsv } from './referential-csv';
import {
  type MaturityLevel,
  type Referential,
  type ReferentialVersion,
  ReferentialVersionStatus,
} from './referential.entity';
import {
  MaturityLevelRepository,
  ReferentialNodeRepository,
  ReferentialRepository,
  ReferentialVersionRepository,
} from './referential.repository';

/** Who shapes referentials: the territory's staff (a serving consultant counts as admin). */
const EDITORS = [TenantRole.ADMIN, TenantRole.ANIMATOR];

/** The five steps Grand Poitiers' device uses; a territory adapts them on its draft. */
export const DEFAULT_SCALE: Pick<MaturityLevel, 'level' | 'label' | 'score'>[] = [
  { level: 0, label: 'Pas commencé', score: 0 },
  { level: 1, label: 'Découverte', score: 25 },
  { level: 2, label: 'Engagé', score: 50 },
  { level: 3, label: 'Avancé', score: 75 },
  { level: 4, label: 'Exemplaire', score: 100 },
];

const MAX_CSV_BYTES = 20 * 1024 * 1024;
/** Files travel base64-encoded inside the GraphQL request: a third larger than the file, plus the query. */
export const ASSESSMENT_BODY_LIMIT = '28mb';

@Injectable()
export class ReferentialService {
  constructor(
    private readonly referentials: ReferentialRepository,
    private readonly versions: ReferentialVersionRepository,
    private readonly nodes: ReferentialNodeRepository,
    private readonly levels: MaturityLevelRepository,
    private readonly audit: AuditLog,
  ) {}

  list(args: PageArgs): Promise<Page<Referential>> {
    requireTenantRole();
    return this.referentials.pageAll(args);
  }

  async version(id: string): Promise<ReferentialVersion> {
    requireTenantRole();
    const version = await this.versions.findById(id);
    if (!version) throw notFound('Cette version de référentiel n’existe pas dans ce territoire.');
    return version;
  }

  async create(input: { code: string; title: string; description?: string | null }): Promise<Referential> {
    requireTenantRole(...EDITORS);
    if (await this.referentials.findOne({ code: input.code })) {
      throw conflict(`Un référentiel porte déjà le code « ${input.code} ».`, 'code');
    }
    const referential = await this.referentials.insert({
      code: input.code,
      title: input.title,
      description: input.description ?? null,
    });
    const draft = await this.versions.insert({
      referentialId: referential.id,
      number: 1,
      status: ReferentialVersionStatus.DRAFT,
      csvColumns: [...ECI_COLUMNS],
      publishedAt: null,
    });
    await this.levels.replaceScale(draft.id, DEFAULT_SCALE);
    await this.audit.record({
      action: 'referential.create',
      objectType: 'referential',
      objectId: referential.id,
      data: { code: input.code },
    });
    return referential;
  }

  /**
   * A new referential whose draft starts as a copy of a published version: of this territory, or of
   * another one the person administers, animates or serves as consultant (laureate territories often
   * adapt Grand Poitiers'). The copy is the new territory's own from then on.
   */
  async copy(input: { sourceVersionId: string; code: string; title: string; description?: string | null }) {
    const claims = requireTenantRole(...EDITORS);
    const source = await this.versions.publishedForCopy(input.sourceVersionId, claims.userId);
    if (!source) {
      throw notFound(
        'Cette version n’existe pas, n’est pas publiée, ou vous n’avez pas accès à son territoire.',
      );
    }
    const referential = await this.create(input);
    const [draft] = await this.versions.ofReferentials([referential.id]);
    if (!draft) throw new Error('A new referential has its draft.');
    draft.csvColumns = source.csvColumns;
    await this.versions.save(draft);
    await this.nodes.replaceTree(
      draft.id,
      source.nodes.map((n) => ({
        ...n,
        points: n.points === null ? null : Number(n.points),
        percentage: n.percentage === null ? null : Number(n.percentage),
      })),
    );
    await this.levels.replaceScale(
      draft.id,
      source.scale.map((l) => ({ ...l, score: Number(l.score) })),
    );
    await this.audit.record({
      action: 'referential.copy',
      objectType: 'referential',
      objectId: referential.id,
      data: { sourceVersionId: input.sourceVersionId, nodes: source.nodes.length },
    });
    return referential;
  }

  /** Validates the whole file before writing anything: a report of every offending line, or the new tree. */
  async importCsv(input: { versionId: string; contentBase64: string; encoding?: CsvEncoding | null }) {
    requireTenantRole(...EDITORS);
    const version = await this.draft(input.versionId);
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length > MAX_CSV_BYTES) throw badInput('Le fichier dépasse 20 Mo.', 'contentBase64');
    const decoded = decodeCsv(bytes, input.encoding ?? undefined);
    const read = 'problem' in decoded ? { problems: [decoded.problem] } : readReferentialCsv(decoded.text);
    if ('problems' in read) {
      const count = read.problems.length;
      throw badInput(
        `Le fichier contient ${count} erreur${count > 1 ? 's' : ''} : rien n’a été importé.`,
        'contentBase64',
        { problems: read.problems },
      );
    }
    const { columns, rows } = read.import;
    await this.nodes.replaceTree(
      version.id,
      rows.map(({ line: _line, ...row }) => row),
    );
    version.csvColumns = columns;
    await this.versions.save(version);
    await this.audit.record({
      action: 'referential.import-csv',
      objectType: 'referential-version',
      objectId: version.id,
      data: { nodes: rows.length },
    });
    return version;
  }

  async exportCsv(versionId: string): Promise<string> {
    const version = await this.version(versionId);
    const nodes = await this.nodes.ofVersions([version.id]);
    return writeReferentialCsv(exportColumns(version.csvColumns, nodes), nodes);
  }

  async setScale(versionId: string, levels: Pick<MaturityLevel, 'level' | 'label' | 'score'>[]) {
    requireTenantRole(...EDITORS);
    const version = await this.draft(versionId);
    const sorted = [...levels].sort((a, b) => a.level - b.level);
    if (sorted.length < 2) throw badInput('Une échelle compte au moins deux niveaux.', 'levels');
    sorted.forEach((level, i) => {
      const below = sorted[i - 1];
      if (below && below.level === level.level) {
        throw badInput(`Le niveau ${level.level} apparaît deux fois.`, `levels.${i}.level`);
      }
      if (below && below.score > level.score) {
        throw badInput(
          `Le score du niveau ${level.level} (${level.score}) est inférieur à celui du niveau ${below.level}.`,
          `levels.${i}.score`,
        );
      }
    });
    await this.levels.replaceScale(version.id, sorted);
    await this.audit.record({
      action: 'referential.set-scale',
      objectType: 'referential-version',
      objectId: version.id,
      data: { levels: sorted.map((l) => l.level) },
    });
    return version;
  }

  async publish(versionId: string): Promise<ReferentialVersion> {
    requireTenantRole(...EDITORS);
    const version = await this.draft(versionId);
    const counts = await this.nodes.countByVersion([version.id]);
    if (!counts.get(version.id)) {
      throw badInput('Ce brouillon ne contient aucun critère : importez-les avant de publier.', 'versionId');
    }
    version.status = ReferentialVersionStatus.PUBLISHED;
    version.publishedAt = new Date();
    await this.versions.save(version);
    await this.audit.record({
      action: 'referential.publish',
      objectType: 'referential-version',
      objectId: version.id,
      data: { number: version.number },
    });
    return version;
  }

  /** The next version starts as a copy of the latest published one. */
  async createDraft(referentialId: string): Promise<ReferentialVersion> {
    requireTenantRole(...EDITORS);
    const referential = await this.referentials.findById(referentialId);
    if (!referential) throw notFound('Ce référentiel n’existe pas dans ce territoire.');
    if (await this.versions.findOne({ referentialId, status: ReferentialVersionStatus.DRAFT })) {
      throw conflict('Ce référentiel a déjà une version en préparation : modifiez-la ou publiez-la.');
    }
    const source = await this.versions.latestPublished(referentialId);
    const draft = await this.versions.insert({
      referentialId,
      number: (await this.versions.highestNumber(referentialId)) + 1,
      status: ReferentialVersionStatus.DRAFT,
      csvColumns: source?.csvColumns ?? [...ECI_COLUMNS],
      publishedAt: null,
    });
    if (source) {
      const nodes = await this.nodes.ofVersions([source.id]);
      await this.nodes.replaceTree(
        draft.id,
        nodes.map(({ id: _id, tenantId: _t, createdAt: _c, versionId: _v, ...node }) => node),
      );
      const scale = await this.levels.ofVersions([source.id]);
      await this.levels.replaceScale(
        draft.id,
        scale.map(({ level, label, score }) => ({ level, label, score })),
      );
    } else {
      await this.levels.replaceScale(draft.id, DEFAULT_SCALE);
    }
    await this.audit.record({
      action: 'referential.create-draft',
      objectType: 'referential-version',
      objectId: draft.id,
      data: { referentialId, number: draft.number, from: source?.id ?? null },
    });
    return draft;
  }

  private async draft(versionId: string): Promise<ReferentialVersion> {
    const version = await this.versions.findById(versionId);
    if (!version) throw notFound('Cette version de référentiel n’existe pas dans ce territoire.');
    if (version.status !== ReferentialVersionStatus.DRAFT) {
      throw conflict(
        `La version ${version.number} est publiée : elle ne change plus. Créez une nouvelle version.`,
        'versionId',
      );
    }
    return version;
  }
}
