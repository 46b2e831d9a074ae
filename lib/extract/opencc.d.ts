// opencc-js publishes its dictionaries as modules with no types: each is one string of "traditional simplified|…" pairs.
declare module "opencc-js/dict/TSCharacters" {
  const pairs: string;
  export default pairs;
}
