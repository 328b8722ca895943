GREETING = "hello from a module beside the script"
