from scnews_desktop.app import main

raise SystemExit(main())
