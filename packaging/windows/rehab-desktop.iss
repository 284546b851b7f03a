; Inno Setup 6 script: a per-user installer for the PyInstaller one-folder build.
; Build dist\rehab-desktop\ first (see README.md in this folder), then from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\rehab-desktop.iss
; Output: dist\rehab-desktop-<version>-setup.exe
; Not built or run on Windows by this project's CI: see README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Rehab Desktop"
#define AppExe "rehab-desktop.exe"
#define Root "..\.."

[Setup]
; Never change AppId: Windows uses it to recognise upgrades and to uninstall.
AppId={{55A2F602-6679-4540-9FB8-2D26547DCE2B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=rehab-desktop developers
AppPublisherURL=https://github.com/rehab-desktop/rehab-desktop
AppSupportURL=https://github.com/rehab-desktop/rehab-desktop/issues
; Per-user: no administrator rights; installs to %LOCALAPPDATA%\Programs\Rehab Desktop.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.10 and later run on Windows 10 1809 and newer.
MinVersion=10.0.17763
SetupIconFile=rehab-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#Root}\dist
OutputBaseFilename=rehab-desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build; ignoreversion because PyInstaller's files carry no version resources.
Source: "{#Root}\dist\rehab-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the program folder, so no library from an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Follow a home ankle-rehab exercise program"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes only what it installed. The user's history and settings in
; %LOCALAPPDATA%\rehab-desktop are their record and are deliberately left in place.
