from fever_builder.cli import main

main()
