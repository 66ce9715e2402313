import type { KnowledgeBase } from '../../knowledge/knowledgeBase.js';
import type { Entity, Fact, Topic } from '../../knowledge/schema.js';

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
  return [...subject, ...involved];
}

/** The entity a fact is about, if it names one. */
export function subjectOf(kb: KnowledgeBase, fact: Fact): Entity | undefined {
  return fact.subject === undefined ? undefined : kb.entityById.get(fact.subject);
}

/** The first number a fact states (its value, or the top of its range). */
/** True when a fact states this number: its single figure, or either end of its range. */
export function statesFigure(fact: Fact, value: number): boolean {
  const q = fact.quantity;
  if (q === undefined) return false;
  return 'value' in q ? q.value === value : q.min === value || q.max === value;
}

export function quantityOf(fact: Fact): number | undefined {
  if (fact.quantity === undefined) return undefined;
  return 'value' in fact.quantity ? fact.quantity.value : fact.quantity.max;
}
