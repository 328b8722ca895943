// Made by build.mjs: imports every module in src/elements/ (each registers its kinds).
declare module "virtual:elements";
