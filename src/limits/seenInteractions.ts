/** Remembers interaction ids for a while, so a replayed interaction is answered once. */
export interface SeenInteractions {
  /** True the first time an id is claimed within the TTL; false for a replay. */
  claim(id: string): Promise<boolean>;
}
