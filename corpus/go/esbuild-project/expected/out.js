(() => {
  // src/greet.ts
  var greet = (p) => `Hello, ${p.name} (${p.age})`;

  // src/index.ts
  var people = [{ name: "Ada", age: 36 }, { name: "Linus", age: 21 }];
  for (const p of people) console.log(greet(p));
})();
