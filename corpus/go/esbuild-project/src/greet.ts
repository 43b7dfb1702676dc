export interface Person { name: string; age: number }
export const greet = (p: Person): string => `Hello, ${p.name} (${p.age})`;
