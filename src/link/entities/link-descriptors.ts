import type { Span } from '../../doc/news-doc.js';
import type { Descriptor } from '../../stages/extract-descriptors/extract-descriptors.js';
import type { Mention } from '../../stages/extract-entities/extract-mentions.js';
import type { ResolvedEntity } from './resolve-entities.js';

/** A document as descriptor linking sees it. */
export interface DescriptorSource {
  id: string;
  text: string;
  mentions: readonly Mention[];
  descriptors: readonly Descriptor[];
}

/** Where a lede description may find its name (unit: characters after it). */
const LEDE_REACH = 600;

/** Finds which entity each mention and each descriptor of each document belongs to. */
export class EntityIndex {
  private readonly byMention = new Map<string, ResolvedEntity>();
  private readonly byDescriptor = new Map<string, ResolvedEntity>();

  constructor(
    private readonly sources: readonly DescriptorSource[],
    readonly entities: readonly ResolvedEntity[],
  ) {
    for (const entity of entities) for (const member of entity.members) this.byMention.set(member, entity);
    sources.forEach((source, doc) => source.descriptors.forEach((d, i) => d.link.kind === 'mention' && this.linkTo(doc, i, this.mentionEntity(doc, d.link.mention))));
    sources.forEach((source, doc) => source.descriptors.forEach((d, i) => d.link.kind !== 'mention' && this.linkTo(doc, i, this.resolveBare(doc, d))));
  }

  /** The entity a mention belongs to. */
  mentionEntity(doc: number, mention: number): ResolvedEntity | null {
    return this.byMention.get(`${doc}:${mention}`) ?? null;
  }

  /** The entity a descriptor describes. */
  descriptorEntity(doc: number, descriptor: number): ResolvedEntity | null {
    return this.byDescriptor.get(`${doc}:${descriptor}`) ?? null;
  }

  /** The descriptors each entity is given in the articles (not the comments), for the framing table. */
  descriptorsOf(entity: ResolvedEntity): Array<{ doc: string; span: Span; text: string }> {
    if (!this.byEntity) {
      this.byEntity = new Map();
      this.sources.forEach((source, doc) =>
        source.descriptors.forEach((d, i) => {
          const owner = this.descriptorEntity(doc, i);
          if (!owner || d.inComments) return;
          const list = this.byEntity!.get(owner) ?? [];
          list.push({ doc: source.id, span: d.span, text: source.text.slice(d.span[0], d.span[1]) });
          this.byEntity!.set(owner, list);
        }),
      );
    }
    return this.byEntity.get(entity) ?? [];
  }

  /** The mentions of a document that belong to an entity, with it, in text order. */
  resolvedMentions(doc: number): Array<{ mention: Mention; entity: ResolvedEntity }> {
    return this.sources[doc]!.mentions.flatMap((mention, i) => {
      const entity = this.mentionEntity(doc, i);
      return entity ? [{ mention, entity }] : [];
    });
  }

  private byEntity: Map<ResolvedEntity, Array<{ doc: string; span: Span; text: string }>> | null = null;

  private linkTo(doc: number, descriptor: number, entity: ResolvedEntity | null): void {
    if (entity) this.byDescriptor.set(`${doc}:${descriptor}`, entity);
  }

  /**
   * A lede description belongs to the first person named after it; a definite
   * one ("the banker") to a person this document already gave that role, else
   * to the person it names most, if named before.
   */
  private resolveBare(doc: number, descriptor: Descriptor): ResolvedEntity | null {
    const source = this.sources[doc]!;
    const people = source.mentions.map((m, i) => ({ m, entity: this.mentionEntity(doc, i) })).filter(({ m, entity }) => entity?.type === 'person' && !m.inComments);
    if (descriptor.link.kind === 'lede') return people.find(({ m }) => m.span[0] > descriptor.span[1] && m.span[0] < descriptor.span[1] + LEDE_REACH)?.entity ?? null;
    const earlier = people.filter(({ m }) => m.span[0] < descriptor.span[0]);
    // The nearest earlier description with the same role that sits beside a name ("President Tokayev … the president").
    const sameRole = source.descriptors
      .map((d, i) => ({ d, i }))
      .filter(({ d, i }) => d.role === descriptor.role && d.link.kind === 'mention' && d.span[0] < descriptor.span[0] && this.descriptorEntity(doc, i))
      .at(-1);
    if (sameRole) return this.descriptorEntity(doc, sameRole.i);
    const counts = new Map<ResolvedEntity, number>();
    for (const { entity } of earlier) counts.set(entity!, (counts.get(entity!) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
}
