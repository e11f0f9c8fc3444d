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
    const bare = this.bareIndex(doc);
    if (descriptor.link.kind === 'lede') return bare.firstPersonAfter(descriptor.span[1], descriptor.span[1] + LEDE_REACH);
    // The nearest earlier description with the same role that sits beside a name ("President Tokayev … the president").
    const sameRole = bare.lastWithRoleBefore(descriptor.role, descriptor.span[0]);
    if (sameRole !== null) return this.descriptorEntity(doc, sameRole);
    return bare.mostNamedBefore(descriptor.span[0]);
  }

  private readonly bareIndexes = new Map<number, BareIndex>();

  /** What resolving the bare descriptors of a document reads, built once per document: a page of 10,000 "the minister" would otherwise rescan its mentions for each. */
  private bareIndex(doc: number): BareIndex {
    let index = this.bareIndexes.get(doc);
    if (!index) {
      const source = this.sources[doc]!;
      const people = source.mentions.flatMap((m, i) => {
        const entity = this.mentionEntity(doc, i);
        return entity?.type === 'person' && !m.inComments ? [{ start: m.span[0], entity }] : [];
      });
      const linked = new Map<string, Array<{ start: number; index: number }>>();
      source.descriptors.forEach((d, i) => {
        if (d.link.kind !== 'mention' || !this.descriptorEntity(doc, i)) return;
        (linked.get(d.role) ?? linked.set(d.role, []).get(d.role)!).push({ start: d.span[0], index: i });
      });
      index = new BareIndex(people, linked);
      this.bareIndexes.set(doc, index);
    }
    return index;
  }
}

/** One document's people (its mentions linked to a person, outside the comments) and its name-linked descriptors by role, in text order. */
class BareIndex {
  private readonly sorted: boolean;
  /** Roles whose name-linked descriptors are in text order. */
  private readonly sortedRoles = new Set<string>();
  /** With `sorted`: the person named most among the first k people, the first named winning a tie, at [k]. */
  private readonly mostNamed: Array<ResolvedEntity | null> = [null];

  constructor(
    private readonly people: ReadonlyArray<{ start: number; entity: ResolvedEntity }>,
    private readonly linked: ReadonlyMap<string, ReadonlyArray<{ start: number; index: number }>>,
  ) {
    for (const [role, list] of linked) if (isSorted(list)) this.sortedRoles.add(role);
    this.sorted = isSorted(people);
    if (!this.sorted) return;
    const counts = new Map<ResolvedEntity, { count: number; order: number }>();
    let best: { count: number; order: number } | null = null;
    let bestEntity: ResolvedEntity | null = null;
    for (const { entity } of people) {
      const seen = counts.get(entity) ?? counts.set(entity, { count: 0, order: counts.size }).get(entity)!;
      seen.count++;
      if (!best || seen.count > best.count || (seen.count === best.count && seen.order < best.order)) {
        best = seen;
        bestEntity = entity;
      }
      this.mostNamed.push(bestEntity);
    }
  }

  /** The first person (in mention order) named after `after` and before `before`. */
  firstPersonAfter(after: number, before: number): ResolvedEntity | null {
    if (!this.sorted) return this.people.find(({ start }) => start > after && start < before)?.entity ?? null;
    const first = this.people[countBelow(this.people, after + 1)];
    return first && first.start < before ? first.entity : null;
  }

  /** The last name-linked descriptor (in descriptor order) with this role that starts before `at`, by its index. */
  lastWithRoleBefore(role: string, at: number): number | null {
    const list = this.linked.get(role) ?? [];
    if (this.sortedRoles.has(role)) return list[countBelow(list, at) - 1]?.index ?? null;
    for (let i = list.length - 1; i >= 0; i--) if (list[i]!.start < at) return list[i]!.index;
    return null;
  }

  /** The person named most before `at`, the first named winning a tie. */
  mostNamedBefore(at: number): ResolvedEntity | null {
    if (this.sorted) return this.mostNamed[countBelow(this.people, at)]!;
    const counts = new Map<ResolvedEntity, number>();
    for (const { start, entity } of this.people) if (start < at) counts.set(entity, (counts.get(entity) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
}

function isSorted(list: ReadonlyArray<{ start: number }>): boolean {
  for (let i = 1; i < list.length; i++) if (list[i]!.start < list[i - 1]!.start) return false;
  return true;
}

/** How many items of a list sorted by start start before `at` (binary search). */
function countBelow(list: ReadonlyArray<{ start: number }>, at: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
