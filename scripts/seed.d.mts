export function loadSeeds(
  baseUrl: string,
  options?: { token?: string },
): Promise<Array<{ dossierId: string; events: number; appended: number }>>;
