import { greet, type Person } from "./greet";
const people: Person[] = [{ name: "Ada", age: 36 }, { name: "Linus", age: 21 }];
for (const p of people) console.log(greet(p));
