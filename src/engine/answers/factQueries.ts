import type { KnowledgeBase } from '../../knowledge/knowledgeBase.js';
import type { Entity, Fact, Quantity, Topic } from '../../knowledge/schema.js';

/** Facts on any of the topics, in the article's order. */
export function factsOnTopics(kb: KnowledgeBase, topics: readonly Topic[]): Fact[] {
  return kb.facts.filter((f) => topics.includes(f.topic));
}

/** Facts whose subject is the entity, then those that merely involve it. */
export function factsAbout(kb: KnowledgeBase, entity: Entity, topics?: readonly Topic[]): Fact[] {
  const onTopic = (f: Fact) => topics === undefined || topics.includes(f.topic);
  const subject = kb.facts.filter((f) => onTopic(f) && f.subject === entity.id);
  const involved = kb.facts.filter(
    (f) => onTopic(f) && f.subject !== entity.id && f.objects.includes(entity.id),
  );
  // ("「其他大公司」指的是哪一家": a group no fact names is spoken of through its members, Tesla.)
  if (subject.length === 0 && involved.length === 0 && entity.members.length > 0)
    return entity.members.flatMap((id) => {
      const member = kb.entityById.get(id);
      return member === undefined ? [] : factsAbout(kb, member, topics);
    });
  return [...subject, ...involved];
}

/** The entity a fact is about, if it names one. */
export function subjectOf(kb: KnowledgeBase, fact: Fact): Entity | undefined {
  return fact.subject === undefined ? undefined : kb.entityById.get(fact.subject);
}

/** A quantity's two ends: a range's, or a single figure twice. */
export function endsOfQuantity(q: Quantity): readonly [number, number] {
  return 'value' in q ? [q.value, q.value] : [q.min, q.max];
}

/** True when a fact states this number: its single figure, or either end of its range. */
export function statesFigure(fact: Fact, value: number): boolean {
  return fact.quantity !== undefined && endsOfQuantity(fact.quantity).includes(value);
}

/** The first of `facts` stating this count of GPUs ("the 432k" is §02's total), if one does. */
export function statingCount(facts: readonly Fact[], value: number): Fact | undefined {
  return facts.find((f) => f.unit === 'gpus' && statesFigure(f, value));
}

/** The first number a fact states (its value, or the top of its range). */
export function quantityOf(fact: Fact): number | undefined {
  if (fact.quantity === undefined) return undefined;
  return 'value' in fact.quantity ? fact.quantity.value : fact.quantity.max;
}
